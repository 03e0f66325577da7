/**
 * The client's one way to call the HTTP API: a route of
 * shared/protocol/http.ts, its parameters and body typed by it, and its
 * answer parsed by it. A link's secret goes in the Authorization header,
 * never in a URL.
 */
import { useEffect, useState } from 'react';
import {
  ErrorBody,
  HTTP,
  pathOf,
  type AnswerOf,
  type AnyRoute,
  type BodyOf,
  type ConfigResponse,
  type ParamsOf,
  type QueryOf,
} from '../../shared/protocol/http';
import { useServerUrl } from './serverUrl';

export type ApiResult<T> =
  | { ok: true; data: T }
  /** status 0: no answer (network). `error` is null when the answer was not ours to read. */
  | { ok: false; status: number; error: ErrorBody | null };

export interface ApiCall<R extends AnyRoute> {
  /** The server's address; '' (the default) for this page's own origin. */
  base?: string;
  params: ParamsOf<R>;
  query?: QueryOf<R>;
  /** The JSON body, or a spreadsheet's bytes for a 'csv' route. */
  body?: BodyOf<R> | ArrayBuffer;
  /** The link's secret, sent as `Authorization: Bearer`. */
  token?: string;
  headers?: Record<string, string>;
}

function request<R extends AnyRoute>(route: R, call: ApiCall<R>): [string, RequestInit] {
  const query = call.query ? `?${new URLSearchParams(call.query as Record<string, string>)}` : '';
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: BodyInit | undefined;
  if (call.body instanceof ArrayBuffer) {
    body = call.body;
    headers['content-type'] = 'text/csv';
  } else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers['content-type'] = 'application/json';
  }
  const url = `${call.base ?? ''}${pathOf(route, call.params as Record<string, string>)}${query}`;
  return [url, { method: route.method, headers, ...(body === undefined ? {} : { body }) }];
}

/** Calls a JSON route; the answer parsed by the route's schema (a 204 is null). */
export async function api<R extends AnyRoute>(route: R, call: ApiCall<R>): Promise<ApiResult<AnswerOf<R>>> {
  let res: Response;
  try {
    res = await fetch(...request(route, call));
  } catch {
    return { ok: false, status: 0, error: null };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) {
    if (route.answer === 'none') return { ok: true, data: null as AnswerOf<R> };
    const parsed = typeof route.answer === 'object' ? route.answer.safeParse(body) : null;
    return parsed?.success
      ? { ok: true, data: parsed.data as AnswerOf<R> }
      : { ok: false, status: res.status, error: null };
  }
  const error = ErrorBody.safeParse(body);
  return { ok: false, status: res.status, error: error.success ? error.data : null };
}

/** An export to save, or null when it could not be fetched. */
export async function apiFile<R extends AnyRoute>(route: R, call: ApiCall<R>): Promise<Blob | null> {
  try {
    const res = await fetch(...request(route, call));
    return res.ok ? await res.blob() : null;
  } catch {
    return null;
  }
}

/** The server's settings for the client (GET /api/config); null until it has answered. */
export function useConfig(): ConfigResponse | null {
  const base = useServerUrl() ?? '';
  const [config, setConfig] = useState<ConfigResponse | null>(null);
  useEffect(() => {
    let live = true;
    void api(HTTP.config, { base, params: {} }).then((res) => {
      if (live && res.ok) setConfig(res.data);
    });
    return () => {
      live = false;
    };
  }, [base]);
  return config;
}
