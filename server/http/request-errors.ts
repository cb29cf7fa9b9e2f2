// Requests refused before GraphQL sees them (a body over the size limit, a
// body that is not JSON) get a GraphQL-shaped JSON answer with a code and a
// message that says what to change, rather than express's HTML error page.
import type { ErrorRequestHandler } from 'express';

interface BodyParserError {
  status?: number;
  type?: string;
  limit?: number;
}

export function requestErrors(bodyLimit: string): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const answer = (status: number, message: string, reason: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason } }] });
    if (error.type === 'entity.too.large') {
      return answer(413, `The request body is larger than the server's limit of ${bodyLimit}: send a smaller file or query, or split the import into several files.`, 'PAYLOAD_TOO_LARGE');
    }
    if (error.type === 'entity.parse.failed') {
      return answer(400, 'The request body is not valid JSON: send {"query": "...", "variables": {...}} with content-type application/json.', 'BAD_JSON');
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return answer(error.status, `The request could not be read (${error.type ?? 'bad request'}): send a JSON body with content-type application/json.`, 'BAD_REQUEST');
    }
    return next(error);
  };
}
