#pragma once

#include "settings/explorersettings.h"

#include <QPalette>

namespace Ovh {

// A dark palette for the Fusion style, for desktops whose theme Qt cannot read
// (OVH_EXPLORER_PALETTE=dark) and for the screenshot of the dark look.
QPalette darkPalette();

// Applies `theme` to the whole application, live: System gives back the style and palette the
// application had before the first call; Light and Dark use Fusion with its light palette or
// darkPalette(). Widgets follow through their palette change events.
void applyTheme(ExplorerSettings::Theme theme);

} // namespace Ovh
