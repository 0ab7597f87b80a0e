// The rules by which two records of one person become one, pure so the database (the upgrade
// and "Merge with…") and the confirmation the user reads apply the same ones: the older record
// keeps its id; notes are joined; what the user typed wins over what a page read, and a fresher
// read over a staler one; the better Top 20 place, the latest contact and the earliest
// connection stay.
import { CoachError, type Contact, problem } from '../model';

/** Between the two people's notes, so the user sees where one ends. */
export const NOTES_SEPARATOR = '\n\n— — —\n\n';
/** ContactSchema's limit on notes (the merge tests check a merged contact against the schema). */
export const MERGED_NOTES_MAX = 20_000;

/** Taken whole from one record: the one the user corrected, else the fresher page read. */
const PICKED = [
  'name',
  'headline',
  'company',
  'role',
  'degree',
  'mutualCount',
  'mutualNames',
  'relationship',
  'howWeKnow',
  'reach',
  'email',
] as const;

/** Refused rather than cut, so the user chooses what of the notes to keep. */
export class NotesTooLongError extends CoachError<'mergeNotesTooLong'> {
  override name = 'NotesTooLongError';
  constructor() {
    super(problem('mergeNotesTooLong', { max: MERGED_NOTES_MAX }));
  }
}

const known = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
const edits = (c: Contact, field: string) => (c.userEdited ?? []).includes(field);
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const better = (a: number | null, b: number | null) => (a !== null && b !== null ? Math.min(a, b) : (a ?? b));

/** The record that keeps its id: the older one (the first on a tie). */
export function keeperOf(a: Contact, b: Contact): [keep: Contact, other: Contact] {
  return (a.createdAt ?? 0) <= (b.createdAt ?? 0) ? [a, b] : [b, a];
}

function joinNotes(first: string, second: string, cutLongNotes: boolean): string {
  if (!second.trim() || first.includes(second)) return first;
  if (!first.trim() || second.includes(first)) return second;
  const joined = `${first}${NOTES_SEPARATOR}${second}`;
  if (joined.length <= MERGED_NOTES_MAX) return joined;
  if (!cutLongNotes) throw new NotesTooLongError();
  return `${joined.slice(0, MERGED_NOTES_MAX - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** One contact from two, by the rules above. Pure. */
export function mergedContact(
  a: Contact,
  b: Contact,
  now: number,
  { cutLongNotes = false }: { cutLongNotes?: boolean } = {},
): Contact {
  const [keep, other] = keeperOf(a, b);
  const [fresher, staler] = (other.updatedAt ?? 0) > (keep.updatedAt ?? 0) ? [other, keep] : [keep, other];
  const picked: Partial<Contact> = {};
  for (const field of PICKED) {
    const edited = [keep, other].filter((c) => edits(c, field));
    const from =
      edited.length === 1
        ? (edited[0] as Contact)
        : edited.length === 2 || known(fresher[field])
          ? fresher
          : staler;
    Object.assign(picked, { [field]: from[field] });
  }
  return {
    ...keep,
    ...picked,
    profileUrl: keep.profileUrl ?? other.profileUrl,
    top20Rank: better(keep.top20Rank ?? null, other.top20Rank ?? null),
    connectedOn: earlier(keep.connectedOn ?? null, other.connectedOn ?? null),
    lastContactedOn: later(keep.lastContactedOn ?? null, other.lastContactedOn ?? null),
    notes: joinNotes(keep.notes ?? '', other.notes ?? '', cutLongNotes),
    userEdited: [...new Set([...(keep.userEdited ?? []), ...(other.userEdited ?? [])])],
    // Who opened the door: the older record's, else the other's.
    ...((keep.suggestedBy ?? null) === null && (other.suggestedBy ?? null) !== null
      ? { suggestedBy: other.suggestedBy ?? null, leadKind: other.leadKind ?? null }
      : {}),
    updatedAt: now,
  };
}
