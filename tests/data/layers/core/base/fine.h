#pragma once
// A fixture of checklayers.cmake: the ground floor includes only itself and Qt.
#include "base/endpoint.h"
#include <QString>
