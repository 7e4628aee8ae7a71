/**
 * The error a file in an unreadable or unsupported format gives: an IngestError (one sentence
 * naming the file), so every caller reports it like any other file it cannot read.
 */
import { IngestError } from '../normalize.js';

export class FormatError extends IngestError {
  override name = 'FormatError';
}
