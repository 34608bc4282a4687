#pragma once

#include <QPalette>

namespace Ovh {

// A dark palette for the Fusion style, for desktops whose theme Qt cannot read
// (OVH_EXPLORER_PALETTE=dark) and for the screenshot of the dark look.
QPalette darkPalette();

} // namespace Ovh
