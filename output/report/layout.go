package report

import "math"

// point is a position in the network's drawing, in pixels.
type point struct{ x, y float64 }

// link is an edge for the layout: two node indexes and a weight.
type link struct {
	i, j int
	w    float64
}

// layout places n nodes in a w x h box by stress majorization (Gansner,
// Koren and North, 2004, as Graphviz's neato does): the drawing distance of
// every two nodes tends to their distance in links, so a leaf sits as near
// its hub as two hubs sit to each other, and the heavier a link the shorter
// it is drawn. It has no randomness: the nodes start on a circle in the
// order given (the caller puts the busiest first), and the same input gives
// the same positions. margin is kept free on every side.
func layout(n int, links []link, w, h, margin float64) []point {
	pos := make([]point, n)
	if n == 0 {
		return pos
	}
	if n == 1 {
		pos[0] = point{w / 2, h / 2}
		return pos
	}
	// graph distances, a link of the heaviest weight counting 0.7
	maxW := 0.0
	for _, l := range links {
		maxW = math.Max(maxW, l.w)
	}
	inf := math.Inf(1)
	dist := make([][]float64, n)
	for i := range dist {
		dist[i] = make([]float64, n)
		for j := range dist[i] {
			if i != j {
				dist[i][j] = inf
			}
		}
	}
	for _, l := range links {
		d := 1 - 0.3*math.Log1p(l.w)/math.Log1p(maxW)
		if d < dist[l.i][l.j] {
			dist[l.i][l.j], dist[l.j][l.i] = d, d
		}
	}
	for k := 0; k < n; k++ { // Floyd–Warshall: n is small
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d := dist[i][k] + dist[k][j]; d < dist[i][j] {
					dist[i][j] = d
				}
			}
		}
	}
	far := 0.0
	for i := range dist {
		for j := range dist[i] {
			if !math.IsInf(dist[i][j], 1) {
				far = math.Max(far, dist[i][j])
			}
		}
	}
	for i := range dist { // separate components sit a little apart
		for j := range dist[i] {
			if math.IsInf(dist[i][j], 1) {
				dist[i][j] = far + 1
			}
		}
	}
	for i := range pos {
		a := 2 * math.Pi * float64(i) / float64(n)
		pos[i] = point{math.Cos(a), math.Sin(a)}
	}
	const iterations = 300
	for it := 0; it < iterations; it++ {
		for i := 0; i < n; i++ {
			var sx, sy, sw float64
			for j := 0; j < n; j++ {
				if i == j {
					continue
				}
				d := dist[i][j]
				wt := 1 / (d * d)
				dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
				e := math.Hypot(dx, dy)
				if e < 1e-9 {
					// two nodes on one spot part along a fixed direction
					dx, dy, e = float64(j-i), float64(i+1), math.Hypot(float64(j-i), float64(i+1))
				}
				sx += wt * (pos[j].x + d*dx/e)
				sy += wt * (pos[j].y + d*dy/e)
				sw += wt
			}
			pos[i] = point{sx / sw, sy / sw}
		}
	}
	// turn the longest axis of the drawing to the box's width
	var mx, my float64
	for _, p := range pos {
		mx, my = mx+p.x/float64(n), my+p.y/float64(n)
	}
	var sxx, syy, sxy float64
	for _, p := range pos {
		dx, dy := p.x-mx, p.y-my
		sxx, syy, sxy = sxx+dx*dx, syy+dy*dy, sxy+dx*dy
	}
	th := 0.5 * math.Atan2(2*sxy, sxx-syy)
	c, sn := math.Cos(-th), math.Sin(-th)
	for i, p := range pos {
		dx, dy := p.x-mx, p.y-my
		pos[i] = point{dx*c - dy*sn, dx*sn + dy*c}
	}
	// scale into the box; one axis may stretch up to a third more than
	// the other, so a round drawing fills a wide box
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
		minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
	}
	sx := (w - 2*margin) / math.Max(maxX-minX, 1e-9)
	sy := (h - 2*margin) / math.Max(maxY-minY, 1e-9)
	sx, sy = math.Min(sx, sy*4/3), math.Min(sy, sx*4/3)
	offX := margin + ((w-2*margin)-(maxX-minX)*sx)/2
	offY := margin + ((h-2*margin)-(maxY-minY)*sy)/2
	for i, p := range pos {
		pos[i] = point{offX + (p.x-minX)*sx, offY + (p.y-minY)*sy}
	}
	return pos
}

// separate moves apart nodes (circles of the given radii) that overlap or
// come closer than gap, and moves a node off a link between two others that
// passes over it, keeping every node inside the box less margin; it is
// deterministic too. The layout places points; this makes room for the
// circles and their labels.
func separate(pos []point, radii []float64, links []link, gap, w, h, margin float64) {
	for it := 0; it < 200; it++ {
		moved := false
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[j].x-pos[i].x, pos[j].y-pos[i].y
				d := math.Hypot(dx, dy)
				need := radii[i] + radii[j] + gap
				if d >= need {
					continue
				}
				if d < 0.01 {
					dx, dy, d = float64(j-i), float64(i+1), math.Hypot(float64(j-i), float64(i+1))
				}
				push := (need - d) / 2
				pos[i].x -= dx / d * push
				pos[i].y -= dy / d * push
				pos[j].x += dx / d * push
				pos[j].y += dy / d * push
				moved = true
			}
		}
		for _, l := range links {
			a, b := pos[l.i], pos[l.j]
			vx, vy := b.x-a.x, b.y-a.y
			ll := vx*vx + vy*vy
			if ll < 1e-9 {
				continue
			}
			for k := range pos {
				if k == l.i || k == l.j {
					continue
				}
				// the nearest point of the link to node k, inside the link
				t := ((pos[k].x-a.x)*vx + (pos[k].y-a.y)*vy) / ll
				if t <= 0.05 || t >= 0.95 {
					continue
				}
				nx, ny := pos[k].x-(a.x+t*vx), pos[k].y-(a.y+t*vy)
				d := math.Hypot(nx, ny)
				need := radii[k] + 12
				if d >= need {
					continue
				}
				if d < 0.01 { // on the line: step to its left
					nx, ny, d = -vy, vx, math.Sqrt(ll)
				}
				pos[k].x += nx / d * (need - d)
				pos[k].y += ny / d * (need - d)
				moved = true
			}
		}
		for i := range pos {
			pos[i].x = math.Min(math.Max(pos[i].x, margin), w-margin)
			pos[i].y = math.Min(math.Max(pos[i].y, margin), h-margin)
		}
		if !moved {
			return
		}
	}
}
