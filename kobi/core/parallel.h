// Order-preserving parallel map for streaming filters.
//
// Items are processed in batches on `threads` worker threads; results are emitted in input
// order, so output never depends on the thread count.
//
//   kobi::OrderedParallelMap<std::string, std::string> pm(threads, 4096);
//   pm.Run(
//       [&](std::string& item) { return reader.Next(item); },          // produce (main thread)
//       [&](const std::string& in) { return Tokenize(in); },           // map (any thread)
//       [&](std::string&& out) { writer.WriteLine(out); });            // consume (main thread)
//
// Exceptions thrown by map are rethrown on the calling thread after the current batch.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <thread>
#include <vector>

namespace kobi {

// Number of hardware threads (at least 1).
inline unsigned HardwareThreads() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

template <typename In, typename Out>
class OrderedParallelMap {
 public:
  OrderedParallelMap(unsigned threads, std::size_t batch_size)
      : threads_(threads == 0 ? HardwareThreads() : threads), batch_size_(batch_size) {}

  template <typename Produce, typename Map, typename Consume>
  void Run(Produce produce, Map map, Consume consume) {
    if (threads_ <= 1) {
      In item;
      while (produce(item)) consume(map(item));
      return;
    }
    bool more = true;
    while (more) {
      // Read a super-batch: threads_ batches.
      std::vector<In> items;
      items.reserve(batch_size_ * threads_);
      In item;
      while (items.size() < batch_size_ * threads_ && (more = produce(item))) {
        items.push_back(std::move(item));
      }
      if (items.empty()) break;
      std::vector<Out> results(items.size());
      std::size_t chunk = (items.size() + threads_ - 1) / threads_;
      std::vector<std::future<void>> futures;
      for (std::size_t start = 0; start < items.size(); start += chunk) {
        std::size_t end = std::min(items.size(), start + chunk);
        futures.push_back(std::async(std::launch::async, [&, start, end] {
          for (std::size_t i = start; i < end; ++i) results[i] = map(items[i]);
        }));
      }
      std::exception_ptr error;
      for (auto& f : futures) {
        try {
          f.get();
        } catch (...) {
          if (!error) error = std::current_exception();
        }
      }
      if (error) std::rethrow_exception(error);
      for (auto& r : results) consume(std::move(r));
    }
  }

 private:
  unsigned threads_;
  std::size_t batch_size_;
};

}  // namespace kobi
