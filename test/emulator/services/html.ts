// HtmlService: outputs and templates read from build/<name>.html, as clasp pushes them.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Emulator} from '../core/emulator';
import {HTML_MS} from './latency';
import {makeEnum} from '../spreadsheet/context';

type H = GoogleAppsScript.HTML.HtmlOutput;
export type HtmlOutputApi = Pick<
  H,
  'getContent' | 'getTitle' | 'getWidth' | 'getHeight'
> & {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
  setContent(content: string): HtmlOutputApi;
  append(addedContent: string): HtmlOutputApi;
  setSandboxMode(mode: unknown): HtmlOutputApi;
  setXFrameOptionsMode(mode: unknown): HtmlOutputApi;
  addMetaTag(name: string, content: string): HtmlOutputApi;
};

export class FakeHtmlOutput implements HtmlOutputApi {
  title = '';
  width = 300;
  height = 0;
  readonly metaTags: Array<{name: string; content: string}> = [];

  constructor(public content = '') {}

  getContent(): string {
    return this.content;
  }

  getTitle(): string {
    return this.title;
  }

  getWidth(): number {
    return this.width;
  }

  getHeight(): number {
    return this.height;
  }

  setTitle(title: string): HtmlOutputApi {
    this.title = title;
    return this;
  }

  setWidth(width: number): HtmlOutputApi {
    this.width = width;
    return this;
  }

  setHeight(height: number): HtmlOutputApi {
    this.height = height;
    return this;
  }

  setContent(content: string): HtmlOutputApi {
    this.content = content;
    return this;
  }

  append(addedContent: string): HtmlOutputApi {
    this.content += addedContent;
    return this;
  }

  setSandboxMode(_mode: unknown): HtmlOutputApi {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): HtmlOutputApi {
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutputApi {
    this.metaTags.push({name, content});
    return this;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** A template: scriptlets <? code ?>, <?= escaped ?>, <?!= raw ?> evaluated with its properties in scope. */
export class FakeTemplate {
  [key: string]: unknown;

  constructor(private readonly source: string) {}

  getRawContent(): string {
    return this.source;
  }

  evaluate(): HtmlOutputApi {
    const parts = this.source.split(/(<\?(?:!=|=)?[\s\S]*?\?>)/);
    let body = "let __out = '';\n";
    for (const p of parts) {
      if (p.startsWith('<?!=')) body += `__out += String(${p.slice(4, -2)});\n`;
      else if (p.startsWith('<?='))
        body += `__out += __esc(String(${p.slice(3, -2)}));\n`;
      else if (p.startsWith('<?')) body += `${p.slice(2, -2)}\n`;
      else body += `__out += ${JSON.stringify(p)};\n`;
    }
    body += 'return __out;';
    const scope: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (k !== 'source') scope[k] = this[k];
    const fn = new Function(
      '__scope',
      '__esc',
      `with (__scope) {\n${body}\n}`,
    ) as (s: Record<string, unknown>, e: (s: string) => string) => string;
    return new FakeHtmlOutput(fn(scope, escapeHtml));
  }
}

/** The HtmlService global reading `<buildDir>/<name>.html`. */
export function createHtmlService(emu: Emulator, buildDir: string) {
  const read = (method: string, filename: string): string => {
    emu.call('HtmlService', method, 'read', {ms: HTML_MS});
    const file = join(
      buildDir,
      filename.endsWith('.html') ? filename : `${filename}.html`,
    );
    if (!existsSync(file))
      throw emu.error(`No HTML file named ${filename} was found.`);
    return readFileSync(file, 'utf8');
  };
  return {
    SandboxMode: makeEnum('EMULATED', 'IFRAME', 'NATIVE'),
    XFrameOptionsMode: makeEnum('ALLOWALL', 'DEFAULT'),
    createHtmlOutput(html = ''): HtmlOutputApi {
      emu.call('HtmlService', 'createHtmlOutput', 'read', {ms: 0});
      return new FakeHtmlOutput(html);
    },
    createHtmlOutputFromFile(filename: string): HtmlOutputApi {
      return new FakeHtmlOutput(read('createHtmlOutputFromFile', filename));
    },
    createTemplate(html: string): FakeTemplate {
      emu.call('HtmlService', 'createTemplate', 'read', {ms: 0});
      return new FakeTemplate(html);
    },
    createTemplateFromFile(filename: string): FakeTemplate {
      return new FakeTemplate(read('createTemplateFromFile', filename));
    },
  };
}
