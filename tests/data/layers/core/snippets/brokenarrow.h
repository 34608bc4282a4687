#pragma once
// A fixture of checklayers.cmake: snippets must not see net/, so this file must be reported.
#include "base/endpoint.h"
#include "net/apiclient.h"
