import { describe, expect, it } from 'vitest';
import { isPagePath } from '../../shared/routes';

describe('[N1] which paths are the client’s pages', () => {
  it('the pages, with their ids, optional parts, a trailing slash and a query', () => {
    for (const path of [
      '/',
      '/join',
      '/join/BWKQYF',
      '/m/x1',
      '/report/x1/poster',
      '/eor/p/b',
      '/team/x1/',
      '/m/x1?a=1',
    ])
      expect(isPagePath(path), path).toBe(true);
  });
  it('files, unknown words, extra or empty segments and bad encoding are not', () => {
    for (const path of ['/favicon.ico', '/foo.php', '/m', '/m/x1/y', '/screen/a.b', '//m/x', '/api/x', '/m/%E0%A4%A'])
      expect(isPagePath(path), path).toBe(false);
  });
});
