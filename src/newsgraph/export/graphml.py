"""The actor network as GraphML: actors are nodes, actor pairs are edges with event counts.

Opens in Gephi, Cytoscape, yEd or networkx. Edge attributes count the pair's merged events by PLOVER
quad class, so cooperation and conflict can be drawn apart.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsgraph.model import QUAD_CLASS
from newsgraph.store import Store

QUADS = sorted(set(QUAD_CLASS.values()))
NS = "http://graphml.graphdrawing.org/xmlns"


def write_graphml(store: Store, path: Path) -> tuple[int, int]:
    """Write the actor network to `path`; returns (nodes, edges)."""
    _, rows = store.query("SELECT source_ids, target_ids, quad_class FROM events")
    _, ents = store.query("SELECT entity_id, type, country, label FROM entities")
    info = {e[0]: e[1:] for e in ents}
    pairs: dict[tuple[str, str], Counter[str]] = {}
    for sources, targets, quad in rows:
        for s in sources or []:
            for t in targets or []:
                if s != t:
                    pairs.setdefault((s, t), Counter())[quad or "other"] += 1
    root = ET.Element("graphml", xmlns=NS)
    keys = [("label", "node"), ("type", "node"), ("country", "node"), ("events", "edge")]
    keys += [(q, "edge") for q in QUADS]
    for name, scope in keys:
        kind = "int" if scope == "edge" else "string"
        ET.SubElement(root, "key", id=name, attrib={"for": scope, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    nodes = sorted({n for pair in pairs for n in pair})
    for n in nodes:
        node = ET.SubElement(graph, "node", id=n)
        type_, country, label = info.get(n, (None, None, None))
        for key, value in (("label", label or n), ("type", type_), ("country", country)):
            if value:
                ET.SubElement(node, "data", key=key).text = value
    for (s, t), counts in sorted(pairs.items()):
        edge = ET.SubElement(graph, "edge", source=s, target=t)
        ET.SubElement(edge, "data", key="events").text = str(sum(counts.values()))
        for q in QUADS:
            ET.SubElement(edge, "data", key=q).text = str(counts.get(q, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(nodes), len(pairs)
