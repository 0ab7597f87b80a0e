// What a parsed Connections.csv holds, for the preview before importing. Pure.
import type { ConnectionsImport, ImportError } from '../../importers/linkedin-connections';
import type { DayKey } from '../../model';

export const ERRORS_LISTED = 10;

export interface ConnectionsPreview {
  connections: number;
  withProfile: number;
  oldest: DayKey | null;
  errors: number;
  firstErrors: ImportError[];
}

export function previewConnections(result: ConnectionsImport): ConnectionsPreview {
  let withProfile = 0;
  let oldest: DayKey | null = null;
  for (const connection of result.connections) {
    if (connection.profileUrl) withProfile++;
    // DayKeys compare correctly as strings.
    if (connection.connectedOn && (oldest === null || connection.connectedOn < oldest))
      oldest = connection.connectedOn;
  }
  return {
    connections: result.connections.length,
    withProfile,
    oldest,
    errors: result.errors.length,
    firstErrors: result.errors.slice(0, ERRORS_LISTED),
  };
}

/**
 * The parser's one reason when it refused the whole file (not an export, empty, binary): no
 * connections and a single error. Row errors in a real export go to the preview instead.
 */
export function fileRefused(result: ConnectionsImport): string | null {
  if (result.connections.length > 0 || result.errors.length !== 1) return null;
  return result.errors[0]?.message ?? null;
}
