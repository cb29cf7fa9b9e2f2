// A time limit per GraphQL request: a request still running when it expires
// is answered at once with an error rather than left hanging. JavaScript
// cannot stop the work itself, so it finishes in the background: a read is
// thrown away, and a write commits or rolls back whole, as every mutation is
// one transaction, which is why the message asks to check before resending.
import type { ErrorRequestHandler, RequestHandler } from 'express';

export function timeLimit(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      res.status(503).json({
        errors: [
          {
            message:
              `The request took longer than the server's limit of ${ms / 1000} s and was abandoned: ask for less (smaller pages, fewer nested levels) or try again later. ` +
              'A mutation may still have been carried out in full: check before sending it again.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT' },
          },
        ],
      });
    }, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** The late answer of a request already answered by the time limit fails to write its headers: nothing to tell anyone. */
export const ignoreLateAnswers: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.locals.timedOut && res.headersSent) return;
  next(error);
};
