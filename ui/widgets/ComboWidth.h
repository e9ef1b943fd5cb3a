#pragma once

class QAbstractItemView;
class QComboBox;

namespace baken::ui {

// Lets a combo box give up width when the window is narrow (or the text is
// at 200%): it asks for room for `characters` characters instead of for its
// longest entry, grows when there is room, and its list still opens wide
// enough to show every entry whole. For filters and choices whose entries
// can be long (grounds of discrimination, organisational units).
void letShrink(QComboBox *combo, int characters = 12);

// The width `view` needs to show the widest entry of `column` whole, its
// scroll bar and frame included: for a list that must not cut its entries.
int widthForWidestEntry(const QAbstractItemView *view, int column = 0);

} // namespace baken::ui
