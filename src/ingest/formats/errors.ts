/**
 * The error a file in an unreadable or unsupported format gives: one sentence naming the file.
 */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}
