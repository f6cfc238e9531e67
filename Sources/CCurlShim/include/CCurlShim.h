#ifndef TRUNKS_CCURL_SHIM_H_WRAPPERS
#define TRUNKS_CCURL_SHIM_H_WRAPPERS

#include <curl/curl.h>
#include <stddef.h>

/* Typed wrappers for libcurl's variadic calls, which Swift cannot import.
   Each wrapper has the thread contract of the call it wraps: one easy handle
   is used by one thread at a time. */

/* Receives a block of body or header bytes; returns the count consumed (size * count to go on). */
typedef size_t (*trunks_curl_data_callback)(char *data, size_t size, size_t count, void *userdata);

/* Reports transfer progress; returns non-zero to abort the transfer. */
typedef int (*trunks_curl_progress_callback)(void *userdata, curl_off_t download_total,
                                             curl_off_t download_now, curl_off_t upload_total,
                                             curl_off_t upload_now);

/* Calls curl_global_init(CURL_GLOBAL_DEFAULT); call once per process before any other call. */
CURLcode trunks_curl_global_init(void);

/* Sets an option that takes a long. */
CURLcode trunks_curl_setopt_long(CURL *handle, CURLoption option, long value);

/* Sets an option that takes a C string (libcurl copies it, except for CURLOPT_POSTFIELDS). */
CURLcode trunks_curl_setopt_string(CURL *handle, CURLoption option, const char *value);

/* Sets an option that takes a data pointer; the caller keeps it alive for as long as libcurl needs it. */
CURLcode trunks_curl_setopt_pointer(CURL *handle, CURLoption option, const void *value);

/* Sets an option that takes a string list; the caller frees the list after the transfer. */
CURLcode trunks_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);

/* Sets an option that takes a curl_off_t. */
CURLcode trunks_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);

/* Sets CURLOPT_WRITEFUNCTION and CURLOPT_WRITEDATA. */
CURLcode trunks_curl_set_write_callback(CURL *handle, trunks_curl_data_callback callback, void *userdata);

/* Sets CURLOPT_HEADERFUNCTION and CURLOPT_HEADERDATA. */
CURLcode trunks_curl_set_header_callback(CURL *handle, trunks_curl_data_callback callback, void *userdata);

/* Sets CURLOPT_XFERINFOFUNCTION and CURLOPT_XFERINFODATA, and turns CURLOPT_NOPROGRESS off. */
CURLcode trunks_curl_set_progress_callback(CURL *handle, trunks_curl_progress_callback callback, void *userdata);

/* Reads an info value of type long. */
CURLcode trunks_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);

/* Reads an info value of type string; the string belongs to the handle. */
CURLcode trunks_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value);

/* Reads an info value of type double. */
CURLcode trunks_curl_getinfo_double(CURL *handle, CURLINFO info, double *value);

#endif
