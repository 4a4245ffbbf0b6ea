import { isHostName } from './settings';

/**
 * The host name a user means by what they typed into the site list: `Example.org`, `example.org/news`
 * and `https://example.org:8080/page` all mean `example.org`. Undefined for anything that is no host.
 */
export function siteFromInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  try {
    // A bare host becomes a URL so that the browser's own parser does the work (case, ports, paths).
    const { hostname } = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = hostname.replace(/\.$/, '');
    return isHostName(host) && !/^\.|\.\./.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** The list of sites where the extension is off, with `host` taken out (`on`) or added (`!on`). */
export function withSite(sites: readonly string[], host: string, on: boolean): string[] {
  const rest = sites.filter((site) => site !== host);
  return on ? rest : [...rest, host];
}
