// Stands in for a usage-trends tag. It runs only after the resident allows "Usage trends": the page
// includes it as <script type="text/plain" data-civic-consent="analytics">, and civicpay runs it.
{
  document.cookie = '_demo_analytics=1; path=/; max-age=31536000; samesite=lax';
  const analyticsStatus = document.getElementById('analytics-status');
  if (analyticsStatus) analyticsStatus.textContent = 'Analytics loaded.';
  window.analyticsDemoRuns = (window.analyticsDemoRuns ?? 0) + 1;
}
