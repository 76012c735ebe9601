/**
 * The evidence files (佐证材料): no page of their own; their upload and list components
 * (components/EvidenceUpload.tsx) are used on the pages of the areas that take evidence. The area
 * registers their text.
 */
import { defineWebArea } from '../area';
import { messages } from './messages';

export const area = defineWebArea({
  name: 'evidence',
  order: 90,
  messages,
  pages: [],
  nav: [],
});
