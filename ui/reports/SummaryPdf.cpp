#include "SummaryPdf.h"

#include "SummaryChart.h"
#include "SummaryPdfHtml.h"
#include "summary/Period.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QIODevice>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace baken::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::SummaryPdf)
};

// The chart's scene is laid out at this width in scene units and scaled
// onto the page; its fonts are in the same units, so they scale with it.
constexpr qreal ChartSceneWidth = 900;

// One piece of the report that is never cut by a page break.
struct Block {
    std::unique_ptr<QTextDocument> document;
    const summary::Table *chart = nullptr;
    qreal height = 0;
    bool pageBreakBefore = false;
    bool keepWithNext = false; // a heading stays with what follows it
};

struct Placed {
    const Block *block;
    int page;
    qreal top;
};

void usePrintFonts(QChart &chart)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    chart.setTitleFont([&] {
        QFont title = font;
        title.setPixelSize(18);
        return title;
    }());
    chart.legend()->setFont(font);
    for (QAbstractAxis *axis : chart.axes())
        axis->setLabelsFont(font);
}

qreal chartSceneHeight(const summary::Table &table)
{
    if (chartKind(table) != ChartKind::HorizontalBars)
        return 380;
    return std::max<qreal>(300, 110 + 34 * qreal(table.rows.categories.size()));
}

void drawChart(QPainter &painter, const summary::Table &table, const QString &language, const QRectF &target)
{
    QGraphicsScene scene;
    std::unique_ptr<QChart> owned = makeSummaryChart(table, language);
    QChart *chart = owned.release();
    scene.addItem(chart); // the scene owns it now
    usePrintFonts(*chart);
    const QRectF rect(0, 0, ChartSceneWidth, chartSceneHeight(table));
    chart->setGeometry(rect);
    scene.setSceneRect(rect);
    scene.render(&painter, target, rect);
}

// A chart of nothing but zeros and hidden figures says nothing; the table does.
bool hasSomethingToPlot(const summary::Table &table)
{
    return std::any_of(table.cells.cbegin(), table.cells.cend(),
                       [](const summary::Figure &f) { return f.published() && f.value.value_or(0) > 0; });
}

std::unique_ptr<QTextDocument> document(const QString &html, QPdfWriter &writer, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&writer);
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(pdf::styleSheet());
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

std::vector<Block> blocks(const summary::Summary &s, const QString &language, QPdfWriter &writer, qreal width)
{
    std::vector<Block> out;
    const auto add = [&](const QString &html, bool breakBefore, bool keep) {
        Block block;
        block.document = document(html, writer, width);
        block.height = block.document->size().height();
        block.pageBreakBefore = breakBefore;
        block.keepWithNext = keep;
        out.push_back(std::move(block));
    };
    const qreal gap = writer.resolution() * 0.18; // about 4.5 mm between blocks
    add(pdf::titlePage(s, language), false, false);
    std::optional<summary::Section> section;
    for (const summary::Table &table : s.tables) {
        if (section != table.section) {
            section = table.section;
            add(pdf::sectionHeading(table.section, language), true, true);
        }
        add(pdf::tableBlock(table, s.rules.k, language), false, false);
        out.back().height += gap;
        if (chartedInReport(table) && hasSomethingToPlot(table)) {
            Block chart;
            chart.chart = &table;
            chart.height = width * chartSceneHeight(table) / ChartSceneWidth + gap;
            out.push_back(std::move(chart));
        }
    }
    return out;
}

// Places every block whole; a block taller than a page starts a page of its own.
std::vector<Placed> paginate(const std::vector<Block> &all, qreal pageHeight, int &pages)
{
    std::vector<Placed> placed;
    int page = 0;
    qreal y = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        const Block &block = all[i];
        qreal needed = block.height;
        if (block.keepWithNext && i + 1 < all.size())
            needed += all[i + 1].height;
        const bool breakHere = y > 0 && (block.pageBreakBefore || y + std::min(needed, pageHeight) > pageHeight);
        if (breakHere) {
            ++page;
            y = 0;
        }
        placed.push_back({&block, page, y});
        y += block.height;
    }
    pages = page + 1;
    return placed;
}

} // namespace

Status writeSummaryPdf(const summary::Summary &published, const QString &language, QIODevice &out)
{
    if (!published.published)
        return Error{ErrorCode::InvalidInput,
                     Text::tr("Only a published summary can be printed: exact counts stay in the vault.")};
    const auto failed = [&out] {
        return Error{ErrorCode::Io, Text::tr("The report could not be written: %1").arg(out.errorString())};
    };
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(pdf::reportTitle(published, language));
    writer.setCreator(QStringLiteral("Baken"));

    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal bodyHeight = page.height() - 2.5 * footerMetrics.height();

    const std::vector<Block> all = blocks(published, language, writer, page.width());
    int pages = 1;
    const std::vector<Placed> placed = paginate(all, bodyHeight, pages);
    const QString footer = pdf::footer(published, language);

    QPainter painter;
    if (!painter.begin(&writer))
        return failed();
    size_t next = 0;
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !writer.newPage())
            return failed();
        for (; next < placed.size() && placed[next].page == index; ++next) {
            const Block &block = *placed[next].block;
            const qreal top = placed[next].top;
            if (block.chart) {
                const qreal height = page.width() * chartSceneHeight(*block.chart) / ChartSceneWidth;
                drawChart(painter, *block.chart, language, QRectF(0, top, page.width(), height));
                continue;
            }
            painter.save();
            painter.translate(0, top);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, 0, page.width(), block.height);
            block.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5c, 0x5c, 0x5c));
        const QRectF line(0, page.height() - footerMetrics.height(), page.width(), footerMetrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pdf::pageNumber(index + 1, pages, language));
    }
    if (!painter.end())
        return failed();
    return {};
}

} // namespace baken::ui
