// A tiny HTTP client for the playground tests: full control of Host and Origin headers.
import {request} from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: <T = Record<string, unknown>>() => T;
}

/** One request to 127.0.0.1:port. POST bodies are JSON; headers as given (no automatic Origin). */
export function call(
  port: number,
  method: string,
  path: string,
  options: {body?: unknown; headers?: Record<string, string>} = {},
): Promise<Answer> {
  const body =
    options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          ...(body ? {'Content-Type': 'application/json'} : {}),
          ...options.headers,
        },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A client bound to a port that sends the page's own Origin on writes, as the browser does. */
export function client(port: number) {
  const origin = `http://127.0.0.1:${port}`;
  return {
    get: (path: string) => call(port, 'GET', path),
    post: (path: string, body: unknown = {}) =>
      call(port, 'POST', path, {body, headers: {Origin: origin}}),
  };
}
