/**
 * Our own database errors, and the one place driver errors are mapped to them.
 * Callers above graph/ see these classes, never a Neo4jError.
 */

/** Base class: something went wrong talking to Neo4j. `uri` names the server. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    readonly uri: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The server cannot be reached (down, wrong address, network, or no connection could be had
 * within the connect timeout). Retrying later may work.
 */
export class DatabaseUnavailableError extends DatabaseError {
  override name = 'DatabaseUnavailableError';
}

/** The server refused our credentials. */
export class DatabaseAuthError extends DatabaseError {
  override name = 'DatabaseAuthError';
}

/** A transaction ran past its timeout. */
export class QueryTimeoutError extends DatabaseError {
  override name = 'QueryTimeoutError';
}

interface DriverErrorShape {
  code?: string;
  message?: string;
}

/** Maps any error thrown by neo4j-driver to one of ours, naming the server's URI. */
export function mapDriverError(error: unknown, uri: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const { code = '', message = String(error) } = (error ?? {}) as DriverErrorShape;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseAuthError(
      `Neo4j at ${uri} refused the login (${code.split('.').pop()}); check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      uri,
      { cause: error },
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|Could not perform discovery|Failed to connect|Failed to establish connection|Connection acquisition timed out/i.test(
      message,
    )
  ) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unreachable: ${firstLine(message)}`, uri, { cause: error });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new QueryTimeoutError(`A query to Neo4j at ${uri} ran past its timeout.`, uri, { cause: error });
  }
  return new DatabaseError(`Neo4j at ${uri} failed: ${firstLine(message)}`, uri, { cause: error });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
