// Clear 400s: every bad request names the parameter (or body field) at fault and, where the
// choices are finite, the valid values; the same shape whether JSON schema or a handler caught it.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** The query parameter, path parameter or body field at fault. */
  parameter?: string;
  allowed?: unknown[];
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly parameter?: string,
    readonly allowed?: unknown[],
  ) {
    super(message);
  }
}

export const badRequest = (parameter: string, message: string, allowed?: unknown[]) =>
  new ApiError(400, `${parameter}: ${message}`, parameter, allowed);
export const notFound = (what: string) => new ApiError(404, `${what} not found`);

interface AjvIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

const WHERE: Record<string, string> = { querystring: 'query parameter', body: 'body field', params: 'path parameter' };

/** One readable sentence for a JSON-schema failure, with the parameter it is about. */
function describeIssue(issue: AjvIssue, context: string, props: PropertySchemas): ApiErrorBody {
  const known = Object.keys(props);
  const where = WHERE[context] ?? context;
  if (issue.keyword === 'additionalProperties') {
    const name = String(issue.params.additionalProperty);
    return {
      statusCode: 400, error: 'Bad Request', parameter: name, allowed: known,
      message: `unknown ${where} "${name}"; valid ${where}s are ${known.join(', ') || '(none)'}`,
    };
  }
  if (issue.keyword === 'required') {
    const name = String(issue.params.missingProperty);
    return { statusCode: 400, error: 'Bad Request', parameter: name, message: `${where} "${name}" is required` };
  }
  const name = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || context;
  if (issue.keyword === 'enum') {
    const allowed = issue.params.allowedValues as unknown[];
    return { statusCode: 400, error: 'Bad Request', parameter: name, allowed, message: `${where} "${name}" must be one of ${allowed.join(', ')}` };
  }
  // A regular expression means nothing to a caller: say what the parameter should be instead.
  const said = issue.keyword === 'pattern' && props[name]?.description ? `must be ${props[name].description}` : issue.message ?? 'is invalid';
  return { statusCode: 400, error: 'Bad Request', parameter: name, message: `${where} "${name}" ${said}` };
}

type PropertySchemas = Record<string, { description?: string }>;

function schemaProperties(req: FastifyRequest, context: string): PropertySchemas {
  const schema = (req.routeOptions.schema as Record<string, { properties?: PropertySchemas }> | undefined)?.[context];
  return schema?.properties ?? {};
}

export function errorHandler(err: FastifyError & Partial<ApiError>, req: FastifyRequest, reply: FastifyReply): void {
  if (err.validation) {
    const context = err.validationContext ?? 'querystring';
    const body = describeIssue(err.validation[0] as unknown as AjvIssue, context, schemaProperties(req, context));
    reply.code(400).send(body);
    return;
  }
  const status = err.statusCode ?? 500;
  if (status >= 500) req.log.error(err);
  const body: ApiErrorBody = {
    statusCode: status,
    error: status === 404 ? 'Not Found' : status === 501 ? 'Not Implemented' : status >= 500 ? 'Internal Server Error' : 'Bad Request',
    message: status >= 500 && !(err instanceof ApiError) ? `internal error: ${err.message}` : err.message,
  };
  if (err.parameter) body.parameter = err.parameter;
  if (err.allowed) body.allowed = err.allowed;
  reply.code(status).send(body);
}
