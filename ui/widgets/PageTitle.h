#pragma once

class QLabel;

namespace baken::ui {

// Gives a page's heading label the one look every page shares.
void makePageTitle(QLabel *label);

} // namespace baken::ui
