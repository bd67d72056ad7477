/*
 * libxml2_baseline.c — the floor for `kuzyret parse`: a bare libxml2 DOM parse of each file.
 *
 * For every file on the command line: read it whole into memory, parse it into a libxml2 tree,
 * free the tree. Nothing is looked at, nothing is printed per file. Kuzyret does strictly more
 * (it streams the same libxml2 HTML parser through SAX callbacks into Swift, structures the
 * text, and writes JSON), so kuzyret/libxml2 time is the price of everything above the parser.
 *
 *   .html .htm  htmlReadMemory(buf, len, path, NULL,
 *                   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
 *               — the encoding comes from the page's <meta charset="utf-8">, as for Kuzyret.
 *   .xml .akn   xmlReadMemory(buf, len, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
 *   .md (and anything else)
 *               Markdown is not markup, so there is no "bare" libxml2 parse of it. The fairest
 *               floor we have is to push the same bytes through the HTML parser, as text: it
 *               still has to scan, decode and copy every byte into text nodes (and it meets the
 *               few tags the corpus carries, such as <a id="st12"></a>), which is the work any
 *               reader of the file must do. It is given "UTF-8" explicitly because a Markdown
 *               file declares no charset (Kuzyret reads it as UTF-8 too). Kuzyret itself reads
 *               Markdown with its own line reader, not libxml2, so for .md the ratio compares
 *               Kuzyret's whole pipeline with "one libxml2 pass over the bytes".
 *
 * Output (one line, on stdout):  files=N bytes=B seconds=S MB/s=R   (1 MB = 10^6 bytes)
 * where S is the wall time of the read+parse+free loop, measured inside the process
 * (bench/run.sh also times the whole process from outside, the figure it compares).
 * Exit status 1 if a file cannot be read or libxml2 returns no document.
 *
 * Build: gcc -O2 -o libxml2_baseline libxml2_baseline.c $(pkg-config --cflags --libs libxml-2.0)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static int has_suffix(const char *path, const char *suffix) {
    size_t n = strlen(path), m = strlen(suffix);
    if (n < m) return 0;
    for (size_t i = 0; i < m; i++) {
        char c = path[n - m + i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != suffix[i]) return 0;
    }
    return 1;
}

/* Reads the whole file; returns NULL (and reports) on failure. */
static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "libxml2_baseline: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    if (fseek(file, 0, SEEK_END) != 0) goto fail;
    long size = ftell(file);
    if (size < 0 || fseek(file, 0, SEEK_SET) != 0) goto fail;
    char *buffer = malloc((size_t)size + 1);
    if (!buffer) goto fail;
    if (fread(buffer, 1, (size_t)size, file) != (size_t)size) {
        free(buffer);
        goto fail;
    }
    buffer[size] = '\0';
    fclose(file);
    *length = (size_t)size;
    return buffer;
fail:
    fprintf(stderr, "libxml2_baseline: %s: cannot read: %s\n", path, strerror(errno));
    fclose(file);
    return NULL;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: libxml2_baseline FILE...   (.html/.htm: HTML parser, .xml/.akn: XML parser, other: HTML parser as text)\n");
        return 2;
    }
    LIBXML_TEST_VERSION
    const int html_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    const int xml_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    int failures = 0;
    size_t total = 0;
    double start = now();
    for (int i = 1; i < argc; i++) {
        const char *path = argv[i];
        size_t length = 0;
        char *buffer = read_file(path, &length);
        if (!buffer) {
            failures++;
            continue;
        }
        if (length > 0x7fffffff) {
            fprintf(stderr, "libxml2_baseline: %s: larger than 2 GB\n", path);
            free(buffer);
            failures++;
            continue;
        }
        xmlDocPtr doc;
        if (has_suffix(path, ".html") || has_suffix(path, ".htm")) {
            doc = htmlReadMemory(buffer, (int)length, path, NULL, html_options);
        } else if (has_suffix(path, ".xml") || has_suffix(path, ".akn")) {
            doc = xmlReadMemory(buffer, (int)length, path, NULL, xml_options);
        } else {
            doc = htmlReadMemory(buffer, (int)length, path, "UTF-8", html_options);
        }
        if (!doc) {
            fprintf(stderr, "libxml2_baseline: %s: libxml2 returned no document\n", path);
            failures++;
        } else {
            xmlFreeDoc(doc);
        }
        free(buffer);
        total += length;
    }
    double seconds = now() - start;
    xmlCleanupParser();
    printf("files=%d bytes=%zu seconds=%.3f MB/s=%.1f\n", argc - 1, total, seconds,
           seconds > 0 ? (double)total / 1e6 / seconds : 0.0);
    return failures ? 1 : 0;
}
