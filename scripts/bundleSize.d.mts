/** Gzip bytes a route downloads before it renders (`firstLoad`, in `files`) and with its lazy chunks (`withLazy`). */
export function routeSize(view?: string, dist?: string): { firstLoad: number; withLazy: number; files: string[] };
