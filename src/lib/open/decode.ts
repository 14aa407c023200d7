/**
 * Bytes → text for a reader's file: UTF-8 with or without a byte-order mark, UTF-16 (little or big
 * endian) with one. Anything else — a file in another encoding, or one that mixes encodings (a
 * Windows-1252 line pasted into a UTF-8 file) — is refused with the line where it stops being UTF-8,
 * instead of being shown with replacement characters the reader might not notice.
 */

export type Decoded = { text: string; encoding: string } | { error: string };

/** The first line (1-based) holding a byte that is not UTF-8. */
function badLine(bytes: Uint8Array): number {
	const loose = new TextDecoder('utf-8').decode(bytes);
	const at = loose.indexOf('\ufffd');
	let line = 1;
	for (let i = 0; i < at; i++) if (loose.charCodeAt(i) === 10) line++;
	return line;
}

/** Many zero bytes in every other position: UTF-16 text saved without its byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096);
	if (n < 4) return false;
	let zeros = 0;
	for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
	return zeros > n / 4;
}

export function decodeText(bytes: Uint8Array): Decoded {
	const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
	let encoding = 'utf-8';
	let skip = 0;
	if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
	else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
	else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
	const body = bytes.subarray(skip);
	if (encoding === 'utf-8' && skip === 0 && looksLikeUtf16(body))
		return {
			error:
				'looks like UTF-16 text without a byte-order mark: save it as UTF-8, or as UTF-16 with a byte-order mark (BOM), and open it again'
		};
	try {
		const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
		return { text, encoding: skip > 0 ? `${encoding} with BOM` : encoding };
	} catch {
		if (encoding !== 'utf-8')
			return {
				error: `is not valid ${encoding.toUpperCase()} text although it starts with its byte-order mark`
			};
		return {
			error: `is not valid UTF-8 text: line ${badLine(body)} holds a byte that is not UTF-8 (the file may mix encodings, e.g. Windows-1252 text in a UTF-8 file). Save it as UTF-8 or UTF-16 and open it again`
		};
	}
}
