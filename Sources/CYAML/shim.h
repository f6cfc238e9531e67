#ifndef TRUNKS_CYAML_SHIM_H
#define TRUNKS_CYAML_SHIM_H
// libyaml's parser (Debian: libyaml-dev). Linked statically by the YAMLReader target, so the
// program needs no libyaml on the host.
#include <yaml.h>
#endif
