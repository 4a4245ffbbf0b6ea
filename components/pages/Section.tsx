import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  title: string;
  class?: string;
  children: ComponentChildren;
}

/** A section named by its own h2, so that screen readers list it as a region. */
export function Section({ title, class: className, children }: Props) {
  const headingId = useId();
  return (
    <section class={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
