import { describe, expect, it } from 'vitest';
import { mayTakeFocus, type Asked } from './focus-rule';

// Stand-ins for elements: only the identity and the document's body are read.
const doc = { body: {} as Element } as Document;
Object.assign(doc.body, { ownerDocument: doc });
const element = (): Element => ({ ownerDocument: doc }) as unknown as Element;

describe('mayTakeFocus', () => {
	it('lets a part that came at once (nothing recorded) take the focus, every time', () => {
		const asked: Asked = {};
		const other = element();
		expect(mayTakeFocus(asked, other)).toBe(true);
		expect(mayTakeFocus(asked, other)).toBe(true);
	});

	it('lets a late part take the focus when it is still where it was, or on the page itself', () => {
		const button = element();
		expect(mayTakeFocus({ from: button }, button)).toBe(true);
		expect(mayTakeFocus({ from: button }, doc.body)).toBe(true);
		expect(mayTakeFocus({ from: null }, element())).toBe(true);
	});

	it('leaves the focus where the reader has since put it, the first time only', () => {
		const asked: Asked = { from: element() };
		const slider = element();
		expect(mayTakeFocus(asked, slider)).toBe(false);
		// The part has shown: from now on it takes the focus as it opens.
		expect(mayTakeFocus(asked, slider)).toBe(true);
	});
});
