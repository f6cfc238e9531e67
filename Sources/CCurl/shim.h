#ifndef TRUNKS_CCURL_SHIM_H
#define TRUNKS_CCURL_SHIM_H
#include <curl/curl.h>
#endif
