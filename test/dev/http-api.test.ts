// The HTTP layer's guards and the shim injection, without a world.
import {allowed, injectShim} from '../../dev/http-api';

describe('origin and host checks', () => {
  it('lets the page and plain GETs through', () => {
    expect(allowed('GET', '127.0.0.1:8080', undefined, 8080)).toBe(true);
    expect(
      allowed('POST', '127.0.0.1:8080', 'http://127.0.0.1:8080', 8080),
    ).toBe(true);
    expect(
      allowed('POST', 'localhost:8080', 'http://localhost:8080', 8080),
    ).toBe(true);
  });

  it('refuses other origins, other hosts and writes without an Origin', () => {
    expect(allowed('GET', '127.0.0.1:8080', 'https://evil.example', 8080)).toBe(
      false,
    );
    expect(
      allowed('POST', '127.0.0.1:8080', 'http://127.0.0.1:9999', 8080),
    ).toBe(false);
    expect(allowed('POST', '127.0.0.1:8080', undefined, 8080)).toBe(false);
    expect(allowed('POST', '127.0.0.1:8080', 'null', 8080)).toBe(false);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1.
    expect(allowed('GET', 'evil.example:8080', undefined, 8080)).toBe(false);
    expect(allowed('GET', undefined, undefined, 8080)).toBe(false);
  });
});

describe('injectShim', () => {
  it('puts the function list and the shim first in <head>, escaped', () => {
    const html = injectShim(
      '<html><head><title>x</title></head><body><script>app()</script></body></html>',
      'shim("</script>")',
      ['getAbout', 'a</b'],
    );
    expect(html.indexOf('playground-functions')).toBeLessThan(
      html.indexOf('<title>'),
    );
    expect(html).toContain('["getAbout","a\\u003c/b"]');
    expect(html).toContain('shim("<\\/script>")');
    expect(html.indexOf('shim(')).toBeLessThan(html.indexOf('app()'));
  });
});
