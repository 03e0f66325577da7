/**
 * The in-memory limiter on its own: the package's index also loads its Redis,
 * Mongo, SQL, DynamoDB ... limiters, ~60 KB more for every start to compile
 * (issue 20, the cold start). Its types are the package's.
 */
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible';
  export default RateLimiterMemory;
}
