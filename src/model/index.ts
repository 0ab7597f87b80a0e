// The domain, pure: vocabulary, record schemas with their inferred types, the shapes that cross
// the wire, defaults and backup validation. No browser API and no database: every part of the
// extension imports it, and it imports nothing of theirs.
export * from './advice';
export * from './backup';
export * from './defaults';
export * from './errors';
export * from './fields';
export * from './intl';
export * from './profile-key';
export * from './records';
export * from './vocabulary';
export * from './wire';
