import { describe, expect, it } from 'vitest';
import { NOTES_MARKER, reportWithNotes } from './report-file';

describe('bench/REPORT.md', () => {
	it('keeps the hand-written notes below the marker when a run rewrites the numbers', () => {
		const notes = '\n## Notes\n\n**Noise.** Two runs gave 2.30× and 2.98×.\n';
		const before = `# Benchmark report\n\nold numbers\n\n${NOTES_MARKER}\n${notes}`;
		const after = reportWithNotes('# Benchmark report\n\nnew numbers\n', before);
		expect(after).toBe(`# Benchmark report\n\nnew numbers\n\n${NOTES_MARKER}\n${notes}`);
		expect(after).not.toContain('old numbers');
		// A second run changes nothing but the numbers.
		expect(reportWithNotes('# Benchmark report\n\nnew numbers\n', after)).toBe(after);
	});

	it('starts an empty notes part when there is no report or no marker yet', () => {
		for (const previous of [null, '# Benchmark report\n\nnumbers without a marker\n']) {
			const text = reportWithNotes('# Benchmark report\n\nnumbers\n', previous);
			expect(text.startsWith('# Benchmark report\n\nnumbers\n\n')).toBe(true);
			expect(text).toContain(`${NOTES_MARKER}\n\n## Notes\n`);
			expect(text).not.toContain('numbers without a marker');
		}
	});
});
