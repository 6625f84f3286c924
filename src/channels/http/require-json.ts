import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors.js';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Middleware: a request with a body must declare `Content-Type: application/json`.
 *
 * @throws {AppError} `unsupported_media_type` (415) otherwise.
 */
export const requireJson = createMiddleware(async (context, next) => {
  const mediaType = (context.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!jsonMediaType.test(mediaType)) {
    throw new AppError('unsupported_media_type', `Send the body as JSON with the header "Content-Type: application/json" (got "${mediaType.slice(0, 100) || 'none'}").`);
  }
  await next();
});
