// The Flows page's graph: Cytoscape.js drawing server-computed (ELK layered) positions.
// The element carries its data as attributes (data-graph, data-highlight, data-selected); the page
// calls render/highlight/select after changing them. Elements are added in batches, one per frame,
// so a large graph never blocks the browser for long.
window.EventLensFlows = (function () {
  const BATCH = 400;

  const style = [
    { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center',
        'text-wrap': 'ellipsis', 'text-max-width': 'data(width)', 'width': 'data(width)', 'height': 32,
        'border-width': 1 } },
    { selector: 'node[kind = "service"]', style: {
        'shape': 'round-rectangle', 'background-color': '#e3f2fd', 'border-color': '#1565c0' } },
    { selector: 'node[kind = "channel"]', style: {
        'shape': 'barrel', 'background-color': '#fff8e1', 'border-color': '#f9a825' } },
    { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.2,
        'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae', 'label': 'data(label)',
        'font-size': 8, 'text-rotation': 'autorotate', 'color': '#546e7a' } },
    { selector: 'node.highlighted', style: {
        'background-color': '#ffcc80', 'border-color': '#e65100', 'border-width': 3 } },
    { selector: 'edge.highlighted', style: {
        'line-color': '#e65100', 'target-arrow-color': '#e65100', 'width': 2.5 } },
    { selector: '.faded', style: { 'opacity': 0.25 } },
    { selector: 'node:selected', style: { 'border-color': '#d81b60', 'border-width': 4 } }
  ];

  function whenLoaded(el, then) {
    if (window.cytoscape) { then(); } else { setTimeout(() => whenLoaded(el, then), 50); }
  }

  function render(el) {
    whenLoaded(el, () => {
      const data = JSON.parse(el.getAttribute('data-graph') || '{"nodes":[],"edges":[]}');
      if (el._cy) { el._cy.destroy(); }
      el.setAttribute('data-ready', 'false');
      const big = data.nodes.length > 300;
      const cy = window.cytoscape({
        container: el, elements: [], style: style, layout: { name: 'preset' },
        minZoom: 0.05, maxZoom: 3, wheelSensitivity: 0.3,
        textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : 'auto'
      });
      el._cy = cy;
      cy.on('tap', 'node', e => el.dispatchEvent(new CustomEvent('node-select', { detail: e.target.id() })));
      const items = data.nodes.map(n => ({ group: 'nodes', data: n, position: { x: n.x, y: n.y } }))
        .concat(data.edges.map(e => ({ group: 'edges', data: e })));
      let next = 0;
      const step = () => {
        cy.batch(() => cy.add(items.slice(next, next + BATCH)));
        next += BATCH;
        if (next < items.length) {
          requestAnimationFrame(step);
        } else {
          cy.fit(undefined, 24);
          highlight(el);
          select(el);
          el.setAttribute('data-ready', 'true');
        }
      };
      step();
      if (!el._observer) {
        el._observer = new ResizeObserver(() => { if (el._cy) { el._cy.resize(); el._cy.fit(undefined, 24); } });
        el._observer.observe(el);
      }
    });
  }

  function highlight(el) {
    const cy = el._cy;
    if (!cy) { return; }
    const ids = new Set(JSON.parse(el.getAttribute('data-highlight') || '[]'));
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (ids.size === 0) { return; }
      cy.nodes().forEach(n => n.addClass(ids.has(n.id()) ? 'highlighted' : 'faded'));
      cy.edges().forEach(e => e.addClass(
        ids.has(e.source().id()) && ids.has(e.target().id()) ? 'highlighted' : 'faded'));
    });
  }

  function select(el) {
    const cy = el._cy;
    const id = el.getAttribute('data-selected');
    if (!cy) { return; }
    cy.$(':selected').unselect();
    if (id) {
      const node = cy.getElementById(id);
      if (node.nonempty()) { node.select(); cy.center(node); }
    }
  }

  /** Ids of the highlighted nodes, for tests and for people reading the console. */
  function highlighted(el) {
    return el._cy ? el._cy.nodes('.highlighted').map(n => n.id()) : [];
  }

  return { render, highlight, select, highlighted };
})();
