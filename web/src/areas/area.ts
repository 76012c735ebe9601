/**
 * An area of the web app (targets, registry, standards, collection, and next delivery, warnings
 * …): its pages with their addresses, its items in the header's navigation, which page it offers
 * as the home page, and its UI text. Each area's folder has an `index.tsx` exporting `area`; the
 * app finds them by folder (areas/index.ts), so adding an area touches no file of the shell.
 */
import type { ReactNode } from 'react';
import type { Session } from '../api';
import type { MessageKey } from '../i18n/i18n';
import type { Navigate } from '../navigation';

/** What a page is given: the session, the selected school year, navigation, its path's parameters. */
export interface PageContext {
  session: Session;
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
  params: Readonly<Record<string, string | undefined>>;
}

export interface AreaPage {
  /** The page's name: `Route['page']` and the key the navigation highlights it by. */
  page: string;
  /** Its address inside /app, e.g. /counties/:code; `:name?` for an optional last part. */
  path: string;
  render(ctx: PageContext): ReactNode;
}

export interface AreaNavItem {
  /** Element id of the link (tests click it), e.g. nav-collection. */
  id: string;
  label: MessageKey;
  path: string;
  /** The pages that highlight this item. */
  pages: readonly string[];
  visible(session: Session): boolean;
}

/** An area's UI text in both languages (areas/<area>/messages.ts). */
export interface AreaMessageTable<K extends string = string> {
  'zh-CN': Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}

export interface WebArea {
  name: string;
  /** Order in the navigation and among home pages (lower first). */
  order: number;
  pages: readonly AreaPage[];
  nav: readonly AreaNavItem[];
  /** The page this area offers at /app/ to the sessions it fits (the first fitting area wins). */
  home?: { page: string; fits(session: Session): boolean };
  messages: AreaMessageTable;
}

export function defineWebArea(area: WebArea): WebArea {
  return area;
}
