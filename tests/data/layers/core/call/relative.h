#pragma once
// A fixture of checklayers.cmake: a relative path into net/ is reported too.
#include "../net/apiclient.h"
#include "callerror.h"
