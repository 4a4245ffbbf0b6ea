import { named } from '../knowledge/names';

/** The people the extension knows, by id: declared once, by the names in the knowledge module. */
export type PersonId = keyof typeof named;

export const PERSON_IDS = Object.keys(named) as readonly PersonId[];

const ID_SET: ReadonlySet<string> = new Set(PERSON_IDS);
export const isPersonId = (value: unknown): value is PersonId => typeof value === 'string' && ID_SET.has(value);
