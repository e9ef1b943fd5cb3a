# Precompiled headers for the big targets. Parsing Qt's and GoogleTest's
# headers is more than half of what compiling one of our files costs (3.7 of
# 5.9 s for a page of ui/ with g++); a test file of tests/ui compiled in 3.3
# instead of 5.5 s with them. That is what keeps CI's two builds inside its
# time. Only headers from outside the project go in: a change to our own
# headers never rebuilds a precompiled header.
option(BAKEN_PCH "Precompile the Qt and GoogleTest headers most files include" ON)

set(BAKEN_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo>
    <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap>
    <QRegularExpression> <QSet> <QString> <QStringList>
    <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(BAKEN_PCH_WIDGETS
    <QAction> <QApplication> <QComboBox> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPlainTextEdit> <QPushButton>
    <QSortFilterProxyModel> <QTableView> <QTreeWidget> <QVBoxLayout> <QWidget>)
set(BAKEN_PCH_TESTS <gtest/gtest.h>)
set(BAKEN_PCH_WIDGET_TESTS <QSignalSpy> <QTest>)

# baken_precompile(TARGET [WIDGETS] [TESTS]): Qt Core's headers, plus those
# of Qt Widgets, GoogleTest and Qt Test as the target uses them.
function(baken_precompile target)
    if(NOT BAKEN_PCH)
        return()
    endif()
    cmake_parse_arguments(PCH "WIDGETS;TESTS" "" "" ${ARGN})
    set(headers ${BAKEN_PCH_CORE})
    if(PCH_WIDGETS)
        list(APPEND headers ${BAKEN_PCH_WIDGETS})
    endif()
    if(PCH_TESTS)
        list(APPEND headers ${BAKEN_PCH_TESTS})
        if(PCH_WIDGETS)
            list(APPEND headers ${BAKEN_PCH_WIDGET_TESTS})
        endif()
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
