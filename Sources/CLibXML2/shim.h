#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so libxml/encoding.h pulls in the system
   <unicode/*.h>. Swift 6.3's Foundation ships its own ICU headers
   (_FoundationICU); both in one build fail with "'UErrorCode' has different
   definitions in different modules" -- but only on a clean build. Kuzyret never
   touches the ICU parts of libxml2, so hide them (STYLE.md 4.1). */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a mutable global function pointer; Swift 6 rejects touching it
   ("not concurrency-safe"). Call it through a function. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }

#endif
