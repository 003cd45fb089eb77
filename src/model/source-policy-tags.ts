/** The tag the ingester puts on a candidate citing a site the source-quality table does not vet; the newswire shows it. */
export const UNVETTED_TAG = 'unvetted-source';
