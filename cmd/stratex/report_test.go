package main

import (
	"bytes"
	"context"
	be "encoding/binary"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stratex/stratex/models"
)

// writeReport writes the report of dir to a temporary file and returns it.
func writeReport(t *testing.T, dir string) (path string, page []byte) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "report.html")
	if code, _, stderr := stratex(t, "", "report", "-q", "-o", path, dir); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, page
}

// thousands writes n as the page does: 1,808.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func TestReportHoldsTheCountsOfTheRun(t *testing.T) {
	dir := sampleRun(t)
	_, page := writeReport(t, dir)
	for _, k := range models.Kinds {
		n := len(readLines(t, filepath.Join(dir, k.File())))
		want := fmt.Sprintf(`id="n-%s">%s<`, k, thousands(n))
		if !bytes.Contains(page, []byte(want)) {
			m := regexp.MustCompile(`id="n-` + string(k) + `">[^<]*<`).Find(page)
			t.Errorf("%s has %d records; the summary says %s", k.File(), n, m)
		}
	}
	pages := 0
	for _, line := range readLines(t, filepath.Join(dir, models.KindDocument.File())) {
		var d models.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		pages += d.Pages
		if !bytes.Contains(page, []byte(`<b>`+html.EscapeString(d.Title)+`</b>`)) {
			t.Errorf("document %s: no row with its title", d.Doc)
		}
	}
	if !bytes.Contains(page, []byte(fmt.Sprintf(`id="n-pages">%s<`, thousands(pages)))) {
		t.Errorf("the summary does not count the %d pages", pages)
	}
}

func TestReportIsByteIdentical(t *testing.T) {
	dir := sampleRun(t)
	_, a := writeReport(t, dir)
	_, b := writeReport(t, dir)
	if !bytes.Equal(a, b) {
		t.Fatal("two reports of one run differ")
	}
	// with no -o the page goes into the run folder
	other := filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, k := range models.Kinds {
		data, err := os.ReadFile(filepath.Join(dir, k.File()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(other, k.File()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, stderr := stratex(t, "", "report", other); code != 0 || !strings.Contains(stderr, "wrote report") {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	c, err := os.ReadFile(filepath.Join(other, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) {
		t.Error("the report of a copy of the run folder differs")
	}
	if code, _, _ := stratex(t, "", "report"); code != 2 {
		t.Errorf("report with no DIR: exit %d, want 2", code)
	}
	if code, _, stderr := stratex(t, "", "report", t.TempDir()); code != 1 || !strings.Contains(stderr, "documents.jsonl") {
		t.Errorf("report of an empty folder: exit %d: %s", code, stderr)
	}
}

// chromium finds the browser of the browser test: a test oracle, never a
// need of stratex itself.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed, and CI is set: .ci/run installs it (apt-get install chromium)")
	}
	t.Skip("chromium is not installed: the browser test needs it (Debian: apt-get install chromium)")
	return ""
}

// headless runs chromium on a page with args such as --dump-dom and
// returns its standard output and error.
func headless(t *testing.T, bin, page string, args ...string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.String(), errb.String()
}

// pageRequests lists the requests for anything but the page itself that
// a page made, from chromium's net log: a request the page started has an
// origin as initiator or the file:// site in its isolation key; the
// browser's own (update checks and the like) have neither.
func pageRequests(t *testing.T, netlog string) []string {
	t.Helper()
	b, err := os.ReadFile(netlog)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Events []struct {
			Params map[string]any `json:"params"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatalf("net log: %v", err)
	}
	var out []string
	for _, e := range log.Events {
		url, _ := e.Params["url"].(string)
		initiator, hasInitiator := e.Params["initiator"].(string)
		nik, _ := e.Params["network_isolation_key"].(string)
		if url == "" || !hasInitiator {
			continue
		}
		if scheme, _, _ := strings.Cut(url, ":"); scheme == "file" || scheme == "data" || scheme == "about" {
			continue
		}
		if initiator != "not an origin" || strings.Contains(nik, "file://") {
			out = append(out, url)
		}
	}
	return out
}

// refusals lists what the page's console said about blocked loads and
// script errors.
func refusals(stderr string) []string {
	var out []string
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "CONSOLE") && (strings.Contains(line, "Content Security Policy") || strings.Contains(line, "Uncaught")) {
			out = append(out, line)
		}
	}
	return out
}

// probeJS drives the page as a reader would: the rarest actor of the actor
// filter, the first category chip, Clear, a click on the last edge. It
// writes the marks shown after each step.
const probeJS = `<script>
window.addEventListener("load", function () {
  var shown = function () { return document.querySelectorAll(".m:not(.off)").length; };
  var out = ["all=" + shown()];
  var sel = document.getElementById("f-actor"), opts = sel.querySelectorAll("option");
  var rare = opts[1].value, fewest = Infinity;
  opts.forEach(function (o) {
    var n = document.querySelectorAll('.m[data-a~="' + o.value + '"]').length;
    if (o.value && n > 0 && n < fewest) { rare = o.value; fewest = n; }
  });
  sel.value = rare;
  sel.dispatchEvent(new Event("change"));
  out.push("actor=" + shown());
  document.getElementById("f-clear").click();
  document.querySelector(".chip").click();
  out.push("category=" + shown());
  document.getElementById("f-clear").click();
  out.push("cleared=" + shown());
  var edges = document.querySelectorAll("#net .e");
  edges[edges.length - 1].dispatchEvent(new MouseEvent("click", {bubbles: true}));
  out.push("edge=" + document.querySelectorAll("#net-evidence article").length);
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = out.join(" ");
  document.body.appendChild(pre);
});
</script>`

var (
	cspRE   = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`)
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	quoteRE = regexp.MustCompile(`(?s)<blockquote>(.*?)</blockquote>`)
)

// evidence returns the text of the first sentence in the element with id
// in a DOM dump.
func evidence(t *testing.T, dom, id string) string {
	t.Helper()
	i := strings.Index(dom, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no #%s in the DOM", id)
	}
	m := quoteRE.FindStringSubmatch(dom[i:])
	if m == nil {
		t.Fatalf("#%s holds no sentence after the scripts ran", id)
	}
	return html.UnescapeString(tagRE.ReplaceAllString(m[1], ""))
}

func TestReportInBrowser(t *testing.T) {
	bin := chromium(t)
	dir := sampleRun(t)
	path, page := writeReport(t, dir)
	sentences := map[string]bool{}
	for _, line := range readLines(t, filepath.Join(dir, models.KindSentence.File())) {
		var s models.Sentence
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatal(err)
		}
		sentences[s.Text] = true
	}
	start := time.Now()

	// the DOM after the scripts ran, the console, the network
	netlog := filepath.Join(t.TempDir(), "net.json")
	dom, stderr := headless(t, bin, path, "--dump-dom", "--log-net-log="+netlog)
	marks := strings.Count(string(page), `<circle class="m`) + strings.Count(string(page), `<rect class="m`)
	if marks == 0 || strings.Count(dom, `class="m`) < marks {
		t.Errorf("%d timeline marks in the file, %d in the DOM", marks, strings.Count(dom, `class="m`))
	}
	if n := strings.Count(dom, `<g class="e`); n == 0 {
		t.Error("no network edges in the DOM")
	}
	if !strings.Contains(dom, `class="m sel"`) && !strings.Contains(dom, `class="m h sel"`) {
		t.Error("the script selected no timeline mark")
	}
	for _, id := range []string{"tl-evidence", "net-evidence"} {
		if s := evidence(t, dom, id); !sentences[s] {
			t.Errorf("#%s shows %q, no sentence of sentences.jsonl", id, s)
		}
	}
	if !strings.Contains(dom, "date_from: ") {
		t.Error("the evidence does not say where the date came from")
	}
	if r := refusals(stderr); len(r) > 0 {
		t.Errorf("the console reports:\n%s", strings.Join(r, "\n"))
	}
	if req := pageRequests(t, netlog); len(req) > 0 {
		t.Errorf("the page made requests: %v", req)
	}

	// the screenshot
	shot := filepath.Join(t.TempDir(), "report.png")
	headless(t, bin, path, "--hide-scrollbars", "--window-size=1280,1900", "--screenshot="+shot)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if len(png) < 24 || string(png[1:4]) != "PNG" || be.BigEndian.Uint32(png[16:20]) != 1280 {
		t.Fatalf("screenshot is no PNG 1280 pixels wide (%d bytes)", len(png))
	}
	if len(png) < 50<<10 {
		t.Errorf("screenshot of %d bytes: a blank page?", len(png))
	}
	if keep := os.Getenv("STRATEX_REPORT_PNG"); keep != "" {
		if err := os.WriteFile(keep, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// the filters and the clicks, driven by a probe script in a copy
	// without the policy (which would refuse the probe)
	probe := filepath.Join(t.TempDir(), "probe.html")
	withProbe := strings.Replace(cspRE.ReplaceAllString(string(page), ""), "</body>", probeJS+"</body>", 1)
	if err := os.WriteFile(probe, []byte(withProbe), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, stderr = headless(t, bin, probe, "--dump-dom")
	m := regexp.MustCompile(`<pre id="probe">all=(\d+) actor=(\d+) category=(\d+) cleared=(\d+) edge=(\d+)</pre>`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("the probe did not run: %s", strings.Join(refusals(stderr), "\n"))
	}
	all, _ := strconv.Atoi(m[1])
	for i, name := range []string{"actor", "category"} {
		if n, _ := strconv.Atoi(m[i+2]); n == 0 || n >= all {
			t.Errorf("filtered by %s: %d of %d marks shown", name, n, all)
		}
	}
	t.Logf("probe: %s", m[0])
	if m[4] != m[1] || m[5] == "0" {
		t.Errorf("probe: %s", m[0])
	}

	// the checks catch a load: the same page with an image from the
	// network, under its policy (refused, on the console) and without it
	// (a request, in the net log)
	bait := `<img src="http://192.0.2.1/bait.png" alt="">`
	withBait := strings.Replace(string(page), "<main>", "<main>"+bait, 1)
	for _, c := range []struct {
		name, page string
		policy     bool
	}{{"under the policy", withBait, true}, {"without the policy", cspRE.ReplaceAllString(withBait, ""), false}} {
		p := filepath.Join(t.TempDir(), "bait.html")
		if err := os.WriteFile(p, []byte(c.page), 0o644); err != nil {
			t.Fatal(err)
		}
		nl := filepath.Join(t.TempDir(), "net.json")
		_, stderr := headless(t, bin, p, "--dump-dom", "--log-net-log="+nl)
		refused, requested := len(refusals(stderr)) > 0, len(pageRequests(t, nl)) > 0
		if c.policy && !refused || !c.policy && !requested {
			t.Errorf("%s, an image from the network goes unnoticed (console refusal %v, net log request %v)", c.name, refused, requested)
		}
	}
	t.Logf("five chromium runs in %v", time.Since(start).Round(time.Millisecond))
}
