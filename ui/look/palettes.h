#pragma once

#include "settings/explorersettings.h"

#include <QPalette>

namespace Ovh {

// A dark palette for the Fusion style, for desktops whose theme Qt cannot read
// (OVH_EXPLORER_PALETTE=dark) and for the screenshot of the dark look.
QPalette darkPalette();

// Fusion's light palette with a deeper selection blue: Fusion's own leaves white selected text
// at 3.7:1, under the 4.5:1 text needs.
QPalette fusionLightPalette();

// The name of the application's style ("fusion"), under the proxy the themes wrap it in.
QString applicationStyleName();

// Applies `theme` to the whole application, live: System gives back the style and palette the
// application had before the first call; Light and Dark use Fusion with its light palette or
// darkPalette(). Every theme draws the keyboard focus with FocusFrameStyle over its style.
// Widgets follow through their palette change events.
void applyTheme(ExplorerSettings::Theme theme);

} // namespace Ovh
