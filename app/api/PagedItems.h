#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace cockpit {

// The pages of a list, kept by number as they arrive (in any order), then joined in page order.
// Items created or deleted while the pages were read shift them: one item may then be on two
// pages. The ID is the identity: each is kept once, where it first appears. For the paged
// operations of the client (tokens, projects, data sources), whose items have an `id`.
template <typename Item> class PagedItems
{
public:
    enum class Duplicates
    {
        AcrossPages, // only looked for when there are several pages
        Anywhere     // also within one page
    };

    explicit PagedItems(Duplicates duplicates)
        : m_duplicates(duplicates)
    {
    }

    // `page` is numbered from 1.
    void put(int page, QList<Item> items)
    {
        if (m_pages.size() < page)
            m_pages.resize(page);
        m_pages[page - 1] = std::move(items);
    }

    // Every item once, in page order; the pages are emptied as they are read.
    QList<Item> takeJoined()
    {
        qsizetype count = 0;
        for (const QList<Item> &page : std::as_const(m_pages))
            count += page.size();
        QList<Item> items;
        items.reserve(count);
        const bool lookForDuplicates = m_duplicates == Duplicates::Anywhere || m_pages.size() > 1;
        QSet<QString> seen;
        seen.reserve(lookForDuplicates ? count : 0);
        for (QList<Item> &page : m_pages) {
            for (Item &item : page) {
                if (lookForDuplicates) {
                    if (seen.contains(item.id))
                        continue;
                    seen.insert(item.id);
                }
                items.append(std::move(item));
            }
            page = QList<Item>();
        }
        return items;
    }

private:
    Duplicates m_duplicates;
    QList<QList<Item>> m_pages;
};

} // namespace cockpit
