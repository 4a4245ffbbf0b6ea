import { named } from '../knowledge/names';

/** The people the extension knows, by id: declared once, by the names in the knowledge module. */
export type PersonId = keyof typeof named;

// Marked pure, so that a bundle that uses none of this (the content script) leaves the names out.
export const PERSON_IDS = /* @__PURE__ */ Object.keys(named) as readonly PersonId[];

const ID_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(PERSON_IDS);
export const isPersonId = (value: unknown): value is PersonId => typeof value === 'string' && ID_SET.has(value);
