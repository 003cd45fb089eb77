/** Types of the ingester's state files that the model, the ingester and the site share. */

/** The closed set of reasons a fetch or parse of a source fails. */
export type IngestErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'rate-limited'
  | 'blocked'
  /** The URL or a redirect resolves to an address we never fetch (metadata, private, loopback…). */
  | 'blocked-address'
  | 'not-found'
  | 'not-feed'
  | 'too-large'
  | 'parse'
  | 'invalid';

/** HTTP validators replayed on the next conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}
